stub: upstream file of 44162 bytes
