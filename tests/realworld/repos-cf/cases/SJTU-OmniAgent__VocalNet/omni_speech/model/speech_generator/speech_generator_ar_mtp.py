stub: upstream file of 46673 bytes
