stub: upstream file of 1637 bytes
