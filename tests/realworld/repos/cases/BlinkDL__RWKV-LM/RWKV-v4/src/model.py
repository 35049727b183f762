stub: upstream file of 15730 bytes
