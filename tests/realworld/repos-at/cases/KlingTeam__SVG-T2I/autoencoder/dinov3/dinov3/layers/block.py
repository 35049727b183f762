stub: upstream file of 10382 bytes
