stub: upstream file of 4982 bytes
