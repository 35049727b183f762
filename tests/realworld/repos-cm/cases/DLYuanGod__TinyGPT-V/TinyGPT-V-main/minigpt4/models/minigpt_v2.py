stub: upstream file of 7416 bytes
