stub: upstream file of 24569 bytes
