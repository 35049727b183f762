stub: upstream file of 8274 bytes
