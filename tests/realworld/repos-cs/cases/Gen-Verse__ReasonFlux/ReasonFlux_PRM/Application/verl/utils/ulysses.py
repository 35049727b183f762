stub: upstream file of 11740 bytes
