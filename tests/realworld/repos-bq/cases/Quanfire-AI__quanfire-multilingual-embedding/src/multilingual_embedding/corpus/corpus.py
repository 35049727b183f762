stub: upstream file of 8999 bytes
