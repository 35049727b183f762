stub: upstream file of 38012 bytes
