stub: upstream file of 21015 bytes
