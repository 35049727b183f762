stub: upstream file of 2660 bytes
