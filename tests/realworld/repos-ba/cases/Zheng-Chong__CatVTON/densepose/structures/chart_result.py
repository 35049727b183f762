stub: upstream file of 6929 bytes
