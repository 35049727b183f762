stub: upstream file of 21158 bytes
