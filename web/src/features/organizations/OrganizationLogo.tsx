// An organization's logo, or the first character of its name on a coloured square when it has none.
import { Avatar } from 'antd';

export function OrganizationLogo({ name, logoUrl, size = 48 }: { name: string; logoUrl: string | null; size?: number }) {
  return logoUrl ? (
    <Avatar shape="square" size={size} src={logoUrl} alt={name} style={{ flex: 'none', background: '#fff' }} />
  ) : (
    <Avatar shape="square" size={size} style={{ flex: 'none', background: '#1a56a8', fontSize: size * 0.45 }}>
      {name.slice(0, 1)}
    </Avatar>
  );
}
