stub: upstream file of 13631 bytes
