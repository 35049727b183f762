stub: upstream file of 14659 bytes
