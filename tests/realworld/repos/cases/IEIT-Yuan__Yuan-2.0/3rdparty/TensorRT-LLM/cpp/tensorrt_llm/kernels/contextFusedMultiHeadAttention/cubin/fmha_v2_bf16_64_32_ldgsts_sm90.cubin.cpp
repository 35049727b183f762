stub: upstream file of 596667 bytes
