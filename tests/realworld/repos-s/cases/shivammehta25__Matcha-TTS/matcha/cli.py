stub: upstream file of 15677 bytes
