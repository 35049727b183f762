stub: upstream file of 2637 bytes
