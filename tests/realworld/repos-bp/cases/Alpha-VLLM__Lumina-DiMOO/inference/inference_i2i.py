stub: upstream file of 7568 bytes
