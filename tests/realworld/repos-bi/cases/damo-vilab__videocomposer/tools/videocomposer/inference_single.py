stub: upstream file of 34416 bytes
