stub: upstream file of 22803 bytes
