stub: upstream file of 3902 bytes
