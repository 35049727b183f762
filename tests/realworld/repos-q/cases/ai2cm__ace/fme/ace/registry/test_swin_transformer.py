stub: upstream file of 10238 bytes
