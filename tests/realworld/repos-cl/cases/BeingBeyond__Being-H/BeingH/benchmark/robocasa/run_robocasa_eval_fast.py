stub: upstream file of 10861 bytes
