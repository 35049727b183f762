stub: upstream file of 10405 bytes
