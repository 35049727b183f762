stub: upstream file of 7516 bytes
