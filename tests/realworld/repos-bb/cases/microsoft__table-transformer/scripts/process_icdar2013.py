stub: upstream file of 74364 bytes
