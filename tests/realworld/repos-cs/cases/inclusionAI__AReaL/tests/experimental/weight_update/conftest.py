stub: upstream file of 1598 bytes
