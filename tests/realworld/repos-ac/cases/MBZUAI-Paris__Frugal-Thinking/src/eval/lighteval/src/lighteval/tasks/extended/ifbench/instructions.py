stub: upstream file of 89140 bytes
