stub: upstream file of 1516 bytes
