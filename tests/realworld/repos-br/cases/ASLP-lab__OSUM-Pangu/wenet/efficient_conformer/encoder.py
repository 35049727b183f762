stub: upstream file of 25637 bytes
