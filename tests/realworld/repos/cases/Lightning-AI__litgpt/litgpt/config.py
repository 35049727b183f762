stub: upstream file of 99516 bytes
