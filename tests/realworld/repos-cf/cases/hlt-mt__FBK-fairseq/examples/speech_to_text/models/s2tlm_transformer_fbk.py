stub: upstream file of 7274 bytes
