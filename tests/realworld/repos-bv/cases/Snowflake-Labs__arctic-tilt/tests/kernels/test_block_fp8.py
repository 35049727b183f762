stub: upstream file of 18468 bytes
