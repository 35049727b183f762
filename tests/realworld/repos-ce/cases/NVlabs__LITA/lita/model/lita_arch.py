stub: upstream file of 3680 bytes
