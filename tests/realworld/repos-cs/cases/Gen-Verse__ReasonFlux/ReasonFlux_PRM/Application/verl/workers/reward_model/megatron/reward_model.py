stub: upstream file of 15744 bytes
