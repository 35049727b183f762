stub: upstream file of 12314 bytes
