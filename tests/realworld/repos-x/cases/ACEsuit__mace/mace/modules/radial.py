stub: upstream file of 12559 bytes
