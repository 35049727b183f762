stub: upstream file of 303154 bytes
