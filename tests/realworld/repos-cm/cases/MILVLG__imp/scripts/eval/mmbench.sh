stub: upstream file of 2437 bytes
