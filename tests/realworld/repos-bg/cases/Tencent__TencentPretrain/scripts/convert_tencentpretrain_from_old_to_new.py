stub: upstream file of 6385 bytes
