stub: upstream file of 32605 bytes
