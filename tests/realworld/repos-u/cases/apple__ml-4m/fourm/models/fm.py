stub: upstream file of 48637 bytes
