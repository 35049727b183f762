stub: upstream file of 69355 bytes
