stub: upstream file of 12158 bytes
