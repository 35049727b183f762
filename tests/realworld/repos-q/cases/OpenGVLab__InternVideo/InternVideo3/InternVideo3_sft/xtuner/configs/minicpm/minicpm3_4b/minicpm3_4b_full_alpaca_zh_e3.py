stub: upstream file of 6718 bytes
