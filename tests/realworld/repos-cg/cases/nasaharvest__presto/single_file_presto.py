stub: upstream file of 26516 bytes
