stub: upstream file of 13666 bytes
