stub: upstream file of 15576 bytes
