stub: upstream file of 37213 bytes
