stub: upstream file of 42547 bytes
