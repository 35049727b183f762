stub: upstream file of 30007 bytes
