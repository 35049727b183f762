stub: upstream file of 40590 bytes
