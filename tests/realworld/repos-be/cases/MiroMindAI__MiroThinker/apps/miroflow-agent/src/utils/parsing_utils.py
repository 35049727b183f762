stub: upstream file of 14928 bytes
