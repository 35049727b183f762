stub: upstream file of 15808 bytes
