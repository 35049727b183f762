stub: upstream file of 29796 bytes
