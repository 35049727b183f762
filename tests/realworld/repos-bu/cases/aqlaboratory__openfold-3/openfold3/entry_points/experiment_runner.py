stub: upstream file of 30767 bytes
