stub: upstream file of 26625 bytes
