stub: upstream file of 15561 bytes
