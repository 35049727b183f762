stub: upstream file of 21532 bytes
