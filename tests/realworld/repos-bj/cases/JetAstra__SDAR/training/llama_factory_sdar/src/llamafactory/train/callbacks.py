stub: upstream file of 16236 bytes
