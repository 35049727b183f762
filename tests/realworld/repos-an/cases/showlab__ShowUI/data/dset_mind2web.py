stub: upstream file of 12469 bytes
