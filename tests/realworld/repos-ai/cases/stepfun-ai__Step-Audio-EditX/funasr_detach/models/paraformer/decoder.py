stub: upstream file of 25036 bytes
