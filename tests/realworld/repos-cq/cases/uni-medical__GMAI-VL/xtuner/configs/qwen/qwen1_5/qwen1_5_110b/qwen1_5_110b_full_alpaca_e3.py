stub: upstream file of 6823 bytes
