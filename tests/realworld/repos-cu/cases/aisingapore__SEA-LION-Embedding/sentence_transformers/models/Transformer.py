stub: upstream file of 19635 bytes
