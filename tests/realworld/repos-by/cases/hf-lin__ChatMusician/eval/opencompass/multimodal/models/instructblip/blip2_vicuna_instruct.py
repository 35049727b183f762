stub: upstream file of 9474 bytes
