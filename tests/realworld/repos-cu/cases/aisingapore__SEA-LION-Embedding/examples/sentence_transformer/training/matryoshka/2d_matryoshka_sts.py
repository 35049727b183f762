stub: upstream file of 4682 bytes
