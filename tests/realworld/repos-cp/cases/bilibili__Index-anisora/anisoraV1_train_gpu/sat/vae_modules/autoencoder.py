stub: upstream file of 24605 bytes
