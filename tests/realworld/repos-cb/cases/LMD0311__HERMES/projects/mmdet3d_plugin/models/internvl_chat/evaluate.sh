stub: upstream file of 17643 bytes
