stub: upstream file of 12659 bytes
