stub: upstream file of 51172 bytes
