stub: upstream file of 41319 bytes
