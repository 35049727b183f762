stub: upstream file of 5003 bytes
