stub: upstream file of 18589 bytes
