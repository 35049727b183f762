stub: upstream file of 6487 bytes
