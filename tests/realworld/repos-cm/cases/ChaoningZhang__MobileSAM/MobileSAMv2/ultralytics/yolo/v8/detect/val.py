stub: upstream file of 14730 bytes
