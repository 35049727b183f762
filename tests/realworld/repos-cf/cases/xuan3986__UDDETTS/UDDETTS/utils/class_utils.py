stub: upstream file of 1903 bytes
