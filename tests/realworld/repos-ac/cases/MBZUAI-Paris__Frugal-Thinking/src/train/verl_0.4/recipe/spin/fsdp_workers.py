stub: upstream file of 27456 bytes
