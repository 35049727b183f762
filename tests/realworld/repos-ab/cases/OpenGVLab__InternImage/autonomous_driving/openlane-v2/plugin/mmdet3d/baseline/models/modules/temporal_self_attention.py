stub: upstream file of 11951 bytes
