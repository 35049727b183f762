stub: upstream file of 4426 bytes
