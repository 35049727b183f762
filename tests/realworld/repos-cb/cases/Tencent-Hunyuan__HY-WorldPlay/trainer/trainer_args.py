stub: upstream file of 42883 bytes
