stub: upstream file of 213644 bytes
