stub: upstream file of 1496 bytes
