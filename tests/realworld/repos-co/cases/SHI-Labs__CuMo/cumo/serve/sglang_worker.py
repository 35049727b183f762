stub: upstream file of 8674 bytes
