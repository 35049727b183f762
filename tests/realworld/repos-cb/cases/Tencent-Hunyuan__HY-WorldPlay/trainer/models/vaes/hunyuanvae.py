stub: upstream file of 32479 bytes
