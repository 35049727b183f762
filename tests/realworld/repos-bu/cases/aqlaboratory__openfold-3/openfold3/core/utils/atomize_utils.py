stub: upstream file of 25140 bytes
