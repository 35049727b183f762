stub: upstream file of 16800 bytes
