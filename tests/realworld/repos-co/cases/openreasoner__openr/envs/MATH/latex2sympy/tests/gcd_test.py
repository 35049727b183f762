stub: upstream file of 10004 bytes
