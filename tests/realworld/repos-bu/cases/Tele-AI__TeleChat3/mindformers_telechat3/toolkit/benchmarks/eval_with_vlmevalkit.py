stub: upstream file of 8113 bytes
