stub: upstream file of 18858 bytes
