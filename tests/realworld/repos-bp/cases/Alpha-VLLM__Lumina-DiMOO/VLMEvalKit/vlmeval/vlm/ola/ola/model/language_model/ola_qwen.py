stub: upstream file of 8621 bytes
