stub: upstream file of 371026 bytes
