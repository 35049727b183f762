stub: upstream file of 25642 bytes
