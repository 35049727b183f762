stub: upstream file of 28768 bytes
