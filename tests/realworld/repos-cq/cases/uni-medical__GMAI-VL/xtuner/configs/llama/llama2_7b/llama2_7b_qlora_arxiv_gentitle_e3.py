stub: upstream file of 9620 bytes
