stub: upstream file of 28732 bytes
