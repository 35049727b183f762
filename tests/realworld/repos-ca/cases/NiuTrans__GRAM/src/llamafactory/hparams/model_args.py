stub: upstream file of 16605 bytes
