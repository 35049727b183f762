stub: upstream file of 22495 bytes
