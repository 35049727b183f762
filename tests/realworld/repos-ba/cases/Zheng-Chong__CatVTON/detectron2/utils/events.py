stub: upstream file of 19613 bytes
