stub: upstream file of 11701 bytes
