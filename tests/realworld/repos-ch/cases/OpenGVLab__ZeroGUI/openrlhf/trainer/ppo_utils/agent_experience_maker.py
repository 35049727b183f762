stub: upstream file of 14637 bytes
