stub: upstream file of 9066 bytes
