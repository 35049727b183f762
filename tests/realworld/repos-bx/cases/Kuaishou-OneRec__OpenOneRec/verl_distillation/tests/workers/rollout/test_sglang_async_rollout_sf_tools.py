stub: upstream file of 28778 bytes
