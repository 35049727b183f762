stub: upstream file of 1636 bytes
