stub: upstream file of 15470 bytes
