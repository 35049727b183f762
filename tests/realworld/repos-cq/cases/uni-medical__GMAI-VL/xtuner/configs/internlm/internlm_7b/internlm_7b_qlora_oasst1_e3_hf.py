stub: upstream file of 2312 bytes
