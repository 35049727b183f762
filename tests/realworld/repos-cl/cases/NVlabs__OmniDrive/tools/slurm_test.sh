stub: upstream file of 566 bytes
