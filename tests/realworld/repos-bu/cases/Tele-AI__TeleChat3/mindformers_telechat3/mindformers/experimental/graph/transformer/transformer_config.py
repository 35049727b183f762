stub: upstream file of 18605 bytes
