stub: upstream file of 6682 bytes
