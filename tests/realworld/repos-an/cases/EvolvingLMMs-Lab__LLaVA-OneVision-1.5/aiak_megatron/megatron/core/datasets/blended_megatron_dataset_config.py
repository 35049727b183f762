stub: upstream file of 7437 bytes
