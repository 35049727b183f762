stub: upstream file of 9495 bytes
