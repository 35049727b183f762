stub: upstream file of 2446 bytes
