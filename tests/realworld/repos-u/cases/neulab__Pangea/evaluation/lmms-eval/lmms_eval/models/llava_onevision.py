stub: upstream file of 40674 bytes
