stub: upstream file of 40275 bytes
