// The organization's profile as form sections: the same in the registration and in the organization's edits.
import { BasicSection } from './BasicSection.tsx';
import { ContactSection } from './ContactSection.tsx';
import { WorkSection } from './WorkSection.tsx';

export function ProfileSections() {
  return (
    <>
      <BasicSection />
      <WorkSection />
      <ContactSection />
    </>
  );
}
