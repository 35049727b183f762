stub: upstream file of 4674 bytes
