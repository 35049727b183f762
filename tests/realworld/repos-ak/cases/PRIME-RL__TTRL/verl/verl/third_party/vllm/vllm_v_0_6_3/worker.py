stub: upstream file of 14998 bytes
