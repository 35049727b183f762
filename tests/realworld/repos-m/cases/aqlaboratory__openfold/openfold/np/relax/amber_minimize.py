stub: upstream file of 20635 bytes
