stub: upstream file of 48912 bytes
