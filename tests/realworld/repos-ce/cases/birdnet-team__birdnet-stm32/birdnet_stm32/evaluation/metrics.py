stub: upstream file of 12833 bytes
