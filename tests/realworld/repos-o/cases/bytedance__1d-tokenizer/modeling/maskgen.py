stub: upstream file of 31217 bytes
