stub: upstream file of 18481 bytes
