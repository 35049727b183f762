stub: upstream file of 13274 bytes
