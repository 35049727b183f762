stub: upstream file of 10701 bytes
