stub: upstream file of 21714 bytes
