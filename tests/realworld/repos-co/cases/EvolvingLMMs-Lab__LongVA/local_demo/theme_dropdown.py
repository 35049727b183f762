stub: upstream file of 1638 bytes
