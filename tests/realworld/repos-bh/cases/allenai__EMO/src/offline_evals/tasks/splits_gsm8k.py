stub: upstream file of 12909 bytes
