stub: upstream file of 12308 bytes
