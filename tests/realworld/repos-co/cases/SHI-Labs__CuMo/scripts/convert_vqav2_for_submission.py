stub: upstream file of 1740 bytes
