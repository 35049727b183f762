stub: upstream file of 32765 bytes
