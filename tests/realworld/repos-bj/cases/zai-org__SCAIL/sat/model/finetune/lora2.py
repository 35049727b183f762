stub: upstream file of 14650 bytes
