stub: upstream file of 12437 bytes
