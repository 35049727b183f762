stub: upstream file of 5172 bytes
