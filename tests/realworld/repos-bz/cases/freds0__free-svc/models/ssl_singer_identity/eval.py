stub: upstream file of 18566 bytes
