stub: upstream file of 15180 bytes
