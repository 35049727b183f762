stub: upstream file of 5792 bytes
