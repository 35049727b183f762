stub: upstream file of 15646 bytes
