stub: upstream file of 3113 bytes
