stub: upstream file of 43440 bytes
