stub: upstream file of 56555 bytes
