import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../platform/http.ts';
import { ListNotificationsQuery, Notification, NotificationIdParams, NotificationPage, UnreadCount } from './schemas.ts';
import * as service from './service.ts';

export const notificationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['notifications'];

  app.get(
    '/notifications',
    {
      schema: { tags, summary: '本人的站内通知（最新在前），含未读数', querystring: ListNotificationsQuery, response: { 200: NotificationPage } },
      config: { permission: 'self' },
    },
    async (request) => service.listNotifications(app.db, contextOf(request), request.query),
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: { tags, summary: '本人的未读通知数', response: { 200: UnreadCount } },
      config: { permission: 'self' },
    },
    async (request) => service.unreadCount(app.db, contextOf(request)),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: { tags, summary: '把本人的通知全部标为已读', response: { 200: UnreadCount } },
      config: { permission: 'self' },
    },
    async (request) => service.markAllRead(app.db, contextOf(request)),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: { tags, summary: '把本人的一条通知标为已读', params: NotificationIdParams, response: { 200: Notification } },
      config: { permission: 'self' },
    },
    async (request) => service.markRead(app.db, contextOf(request), request.params.id),
  );
};
