// Opening a notification: it is marked read (if it was not) and its page opens; one without a page opens the list.
import { useNavigate } from 'react-router-dom';
import { useMarkNotificationRead, type Notification } from '../../api/notifications.ts';

/** Only paths inside the web app are followed: a link is data from the server, not a place to send anyone off-site. */
export function internalPath(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export function useOpenNotification(): (n: Notification) => void {
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  return (n) => {
    if (!n.readAt) markRead.mutate(n.id);
    void navigate(internalPath(n.link) ?? '/notifications');
  };
}
