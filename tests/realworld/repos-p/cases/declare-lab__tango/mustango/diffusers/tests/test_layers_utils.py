stub: upstream file of 24596 bytes
