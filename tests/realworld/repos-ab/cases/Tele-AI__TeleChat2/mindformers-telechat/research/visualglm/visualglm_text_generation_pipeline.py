stub: upstream file of 11122 bytes
