stub: upstream file of 4681 bytes
