stub: upstream file of 335516 bytes
