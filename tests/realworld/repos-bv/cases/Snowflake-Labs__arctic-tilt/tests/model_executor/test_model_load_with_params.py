stub: upstream file of 4747 bytes
