stub: upstream file of 42661 bytes
