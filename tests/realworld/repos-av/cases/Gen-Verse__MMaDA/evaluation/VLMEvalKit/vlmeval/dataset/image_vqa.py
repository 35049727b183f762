stub: upstream file of 119976 bytes
