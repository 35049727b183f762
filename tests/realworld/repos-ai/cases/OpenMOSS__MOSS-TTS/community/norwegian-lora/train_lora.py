stub: upstream file of 25723 bytes
