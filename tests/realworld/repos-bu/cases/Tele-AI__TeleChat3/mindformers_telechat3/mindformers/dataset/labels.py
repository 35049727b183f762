stub: upstream file of 16192 bytes
