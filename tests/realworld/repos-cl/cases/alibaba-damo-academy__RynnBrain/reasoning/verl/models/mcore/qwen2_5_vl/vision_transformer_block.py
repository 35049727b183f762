stub: upstream file of 12821 bytes
