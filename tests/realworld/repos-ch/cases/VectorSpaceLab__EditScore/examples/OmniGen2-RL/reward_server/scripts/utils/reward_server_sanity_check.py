stub: upstream file of 1621 bytes
