stub: upstream file of 10092 bytes
