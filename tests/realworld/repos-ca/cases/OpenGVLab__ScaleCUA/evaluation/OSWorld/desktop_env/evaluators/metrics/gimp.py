stub: upstream file of 18142 bytes
