stub: upstream file of 12613 bytes
