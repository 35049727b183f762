stub: upstream file of 11003 bytes
