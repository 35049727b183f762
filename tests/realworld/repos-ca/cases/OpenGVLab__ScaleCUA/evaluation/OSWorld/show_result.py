stub: upstream file of 4594 bytes
