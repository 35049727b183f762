stub: upstream file of 22501 bytes
