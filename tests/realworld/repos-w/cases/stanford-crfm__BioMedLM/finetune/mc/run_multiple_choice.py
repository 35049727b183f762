stub: upstream file of 22678 bytes
