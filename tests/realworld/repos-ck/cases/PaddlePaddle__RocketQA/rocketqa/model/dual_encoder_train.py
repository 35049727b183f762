stub: upstream file of 5659 bytes
