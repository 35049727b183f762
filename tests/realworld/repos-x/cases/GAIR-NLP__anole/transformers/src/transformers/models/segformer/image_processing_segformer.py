stub: upstream file of 22744 bytes
