stub: upstream file of 43539 bytes
