stub: upstream file of 41006 bytes
