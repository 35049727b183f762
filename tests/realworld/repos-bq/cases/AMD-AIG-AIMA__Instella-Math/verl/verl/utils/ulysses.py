stub: upstream file of 10659 bytes
