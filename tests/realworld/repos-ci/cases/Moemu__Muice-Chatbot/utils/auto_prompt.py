stub: upstream file of 661 bytes
