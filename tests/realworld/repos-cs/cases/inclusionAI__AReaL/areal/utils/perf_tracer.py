stub: upstream file of 71596 bytes
