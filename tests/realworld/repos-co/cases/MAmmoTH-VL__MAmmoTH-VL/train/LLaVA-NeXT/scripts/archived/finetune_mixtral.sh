stub: upstream file of 2948 bytes
