stub: upstream file of 44284 bytes
