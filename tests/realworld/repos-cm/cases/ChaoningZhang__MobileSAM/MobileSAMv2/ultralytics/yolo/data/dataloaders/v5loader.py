stub: upstream file of 51260 bytes
