stub: upstream file of 7203 bytes
