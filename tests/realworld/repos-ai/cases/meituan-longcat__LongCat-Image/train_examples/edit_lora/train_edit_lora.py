stub: upstream file of 20483 bytes
