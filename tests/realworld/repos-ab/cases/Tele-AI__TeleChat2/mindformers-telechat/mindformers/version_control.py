stub: upstream file of 16448 bytes
