stub: upstream file of 26354 bytes
