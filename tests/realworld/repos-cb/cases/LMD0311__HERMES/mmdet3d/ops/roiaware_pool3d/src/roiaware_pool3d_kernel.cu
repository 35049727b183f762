stub: upstream file of 15046 bytes
