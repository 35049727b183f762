stub: upstream file of 144101 bytes
