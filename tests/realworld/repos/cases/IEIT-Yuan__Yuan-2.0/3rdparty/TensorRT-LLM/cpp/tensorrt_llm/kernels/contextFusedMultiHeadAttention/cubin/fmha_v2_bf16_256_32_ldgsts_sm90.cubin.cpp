stub: upstream file of 1531242 bytes
