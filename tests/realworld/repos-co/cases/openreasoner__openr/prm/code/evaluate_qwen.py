stub: upstream file of 11175 bytes
