stub: upstream file of 26126 bytes
