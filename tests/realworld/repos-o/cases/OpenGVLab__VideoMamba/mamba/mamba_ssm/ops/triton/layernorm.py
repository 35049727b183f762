stub: upstream file of 21331 bytes
