stub: upstream file of 6621 bytes
