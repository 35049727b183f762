stub: upstream file of 9516 bytes
