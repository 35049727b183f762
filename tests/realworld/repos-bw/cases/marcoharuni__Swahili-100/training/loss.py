stub: upstream file of 3674 bytes
