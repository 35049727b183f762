stub: upstream file of 43729 bytes
