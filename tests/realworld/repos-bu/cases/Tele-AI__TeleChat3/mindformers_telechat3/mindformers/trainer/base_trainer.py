stub: upstream file of 76803 bytes
