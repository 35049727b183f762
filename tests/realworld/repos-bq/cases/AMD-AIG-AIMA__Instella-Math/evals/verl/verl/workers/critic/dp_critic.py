stub: upstream file of 9785 bytes
