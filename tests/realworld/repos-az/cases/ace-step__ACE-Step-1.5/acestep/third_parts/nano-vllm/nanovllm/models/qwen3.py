stub: upstream file of 7495 bytes
