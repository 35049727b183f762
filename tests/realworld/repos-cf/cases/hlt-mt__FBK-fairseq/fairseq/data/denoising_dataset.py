stub: upstream file of 15627 bytes
