stub: upstream file of 4835 bytes
