stub: upstream file of 15631 bytes
