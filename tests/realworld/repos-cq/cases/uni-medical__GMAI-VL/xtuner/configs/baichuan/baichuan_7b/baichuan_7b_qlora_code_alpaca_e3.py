stub: upstream file of 7395 bytes
