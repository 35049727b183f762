stub: upstream file of 12874 bytes
