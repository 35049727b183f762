stub: upstream file of 10596 bytes
