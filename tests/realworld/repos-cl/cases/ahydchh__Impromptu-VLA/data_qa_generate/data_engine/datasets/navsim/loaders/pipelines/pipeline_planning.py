stub: upstream file of 22730 bytes
