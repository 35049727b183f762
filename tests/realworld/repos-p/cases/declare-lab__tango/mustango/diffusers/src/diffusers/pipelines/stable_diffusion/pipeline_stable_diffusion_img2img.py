stub: upstream file of 39608 bytes
