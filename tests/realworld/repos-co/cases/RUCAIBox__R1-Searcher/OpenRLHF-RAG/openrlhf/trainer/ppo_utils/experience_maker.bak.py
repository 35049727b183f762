stub: upstream file of 97136 bytes
