stub: upstream file of 14220 bytes
