stub: upstream file of 4904 bytes
