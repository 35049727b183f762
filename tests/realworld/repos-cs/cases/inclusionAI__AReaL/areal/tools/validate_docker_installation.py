stub: upstream file of 13496 bytes
