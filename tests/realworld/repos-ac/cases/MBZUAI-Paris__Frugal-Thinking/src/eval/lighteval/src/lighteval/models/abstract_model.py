stub: upstream file of 13998 bytes
