stub: upstream file of 811479 bytes
