stub: upstream file of 37333 bytes
