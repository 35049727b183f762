stub: upstream file of 9514 bytes
