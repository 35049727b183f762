stub: upstream file of 143533 bytes
