stub: upstream file of 19481 bytes
