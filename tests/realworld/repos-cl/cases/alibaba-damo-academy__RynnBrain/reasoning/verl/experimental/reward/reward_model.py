stub: upstream file of 5256 bytes
