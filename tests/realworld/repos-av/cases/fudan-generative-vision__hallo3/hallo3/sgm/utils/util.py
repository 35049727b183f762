stub: upstream file of 34699 bytes
