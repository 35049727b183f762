stub: upstream file of 8669 bytes
