stub: upstream file of 26096 bytes
