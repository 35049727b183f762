stub: upstream file of 69331 bytes
