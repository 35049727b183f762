stub: upstream file of 5778 bytes
