stub: upstream file of 11387 bytes
