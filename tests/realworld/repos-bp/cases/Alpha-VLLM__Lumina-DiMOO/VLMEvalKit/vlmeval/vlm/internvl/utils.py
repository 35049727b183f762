stub: upstream file of 11906 bytes
