stub: upstream file of 3437 bytes
