stub: upstream file of 10157 bytes
