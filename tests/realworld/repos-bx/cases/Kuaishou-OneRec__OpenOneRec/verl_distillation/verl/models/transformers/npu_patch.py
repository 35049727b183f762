stub: upstream file of 9098 bytes
