stub: upstream file of 30180 bytes
