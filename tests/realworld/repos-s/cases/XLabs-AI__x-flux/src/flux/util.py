stub: upstream file of 14703 bytes
