stub: upstream file of 5252 bytes
