stub: upstream file of 14003 bytes
