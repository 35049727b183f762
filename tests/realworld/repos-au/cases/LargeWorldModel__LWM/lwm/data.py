stub: upstream file of 35684 bytes
