stub: upstream file of 48238 bytes
