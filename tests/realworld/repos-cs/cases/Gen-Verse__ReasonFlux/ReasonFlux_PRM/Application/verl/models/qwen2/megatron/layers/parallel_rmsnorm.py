stub: upstream file of 1784 bytes
