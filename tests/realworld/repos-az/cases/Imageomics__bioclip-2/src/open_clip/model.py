stub: upstream file of 38437 bytes
