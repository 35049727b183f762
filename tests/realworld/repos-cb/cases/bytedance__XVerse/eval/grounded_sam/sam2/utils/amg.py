stub: upstream file of 12842 bytes
