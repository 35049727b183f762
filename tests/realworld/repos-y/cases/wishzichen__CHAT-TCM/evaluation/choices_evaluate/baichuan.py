stub: upstream file of 8744 bytes
