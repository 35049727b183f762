stub: upstream file of 3792 bytes
