stub: upstream file of 20527 bytes
