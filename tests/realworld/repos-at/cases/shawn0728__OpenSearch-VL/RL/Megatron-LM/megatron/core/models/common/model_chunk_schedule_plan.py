stub: upstream file of 20725 bytes
