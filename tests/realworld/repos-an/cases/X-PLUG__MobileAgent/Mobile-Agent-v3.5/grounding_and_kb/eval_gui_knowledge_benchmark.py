stub: upstream file of 68637 bytes
