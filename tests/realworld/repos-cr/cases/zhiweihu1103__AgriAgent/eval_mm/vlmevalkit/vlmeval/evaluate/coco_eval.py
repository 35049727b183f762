stub: upstream file of 2601 bytes
