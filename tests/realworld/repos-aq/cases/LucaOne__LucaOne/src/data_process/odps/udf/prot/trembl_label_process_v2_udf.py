stub: upstream file of 13140 bytes
