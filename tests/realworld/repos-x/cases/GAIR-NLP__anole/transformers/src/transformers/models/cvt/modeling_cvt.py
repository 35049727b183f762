stub: upstream file of 28704 bytes
