stub: upstream file of 11321 bytes
