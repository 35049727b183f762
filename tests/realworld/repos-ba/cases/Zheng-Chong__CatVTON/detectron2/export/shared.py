stub: upstream file of 38321 bytes
