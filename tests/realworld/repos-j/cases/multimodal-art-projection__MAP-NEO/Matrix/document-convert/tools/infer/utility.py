stub: upstream file of 27839 bytes
