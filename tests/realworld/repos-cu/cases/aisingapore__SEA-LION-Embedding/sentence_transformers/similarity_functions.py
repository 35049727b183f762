stub: upstream file of 4803 bytes
