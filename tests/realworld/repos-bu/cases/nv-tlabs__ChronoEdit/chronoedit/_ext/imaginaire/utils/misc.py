stub: upstream file of 24880 bytes
