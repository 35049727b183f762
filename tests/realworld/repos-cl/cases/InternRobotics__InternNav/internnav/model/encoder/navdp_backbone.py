stub: upstream file of 18871 bytes
