stub: upstream file of 9564 bytes
