stub: upstream file of 12409 bytes
