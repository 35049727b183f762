stub: upstream file of 16459 bytes
