stub: upstream file of 35749 bytes
