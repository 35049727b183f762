stub: upstream file of 28407 bytes
