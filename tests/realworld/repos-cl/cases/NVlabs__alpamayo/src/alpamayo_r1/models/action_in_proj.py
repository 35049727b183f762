stub: upstream file of 6278 bytes
