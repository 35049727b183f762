stub: upstream file of 38481 bytes
