stub: upstream file of 7620 bytes
