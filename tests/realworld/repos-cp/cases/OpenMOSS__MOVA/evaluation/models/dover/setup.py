stub: upstream file of 1697 bytes
