stub: upstream file of 27906 bytes
