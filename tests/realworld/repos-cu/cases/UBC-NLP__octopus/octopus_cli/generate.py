stub: upstream file of 4668 bytes
