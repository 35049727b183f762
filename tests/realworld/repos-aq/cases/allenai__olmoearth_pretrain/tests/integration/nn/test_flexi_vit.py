stub: upstream file of 59245 bytes
