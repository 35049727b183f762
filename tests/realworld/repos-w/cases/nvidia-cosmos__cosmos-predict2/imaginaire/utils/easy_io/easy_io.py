stub: upstream file of 34217 bytes
