stub: upstream file of 24899 bytes
