stub: upstream file of 17997 bytes
