stub: upstream file of 10622 bytes
