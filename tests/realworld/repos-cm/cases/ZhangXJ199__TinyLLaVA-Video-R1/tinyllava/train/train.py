stub: upstream file of 7743 bytes
