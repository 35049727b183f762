stub: upstream file of 29673 bytes
