stub: upstream file of 25169 bytes
