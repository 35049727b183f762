stub: upstream file of 26841 bytes
