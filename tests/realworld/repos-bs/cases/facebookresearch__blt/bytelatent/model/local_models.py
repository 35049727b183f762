stub: upstream file of 14530 bytes
