stub: upstream file of 481 bytes
