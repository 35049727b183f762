stub: upstream file of 5076 bytes
