stub: upstream file of 587 bytes
