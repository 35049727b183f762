stub: upstream file of 803 bytes
