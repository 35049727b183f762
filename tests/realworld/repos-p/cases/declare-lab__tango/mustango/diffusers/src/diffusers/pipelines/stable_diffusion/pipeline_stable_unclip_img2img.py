stub: upstream file of 39082 bytes
