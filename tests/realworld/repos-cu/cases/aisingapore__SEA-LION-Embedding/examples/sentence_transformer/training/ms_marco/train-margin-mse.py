stub: upstream file of 3718 bytes
