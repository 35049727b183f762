stub: upstream file of 9128 bytes
