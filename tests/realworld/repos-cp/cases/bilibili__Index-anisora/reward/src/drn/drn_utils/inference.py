stub: upstream file of 8238 bytes
