stub: upstream file of 28842 bytes
