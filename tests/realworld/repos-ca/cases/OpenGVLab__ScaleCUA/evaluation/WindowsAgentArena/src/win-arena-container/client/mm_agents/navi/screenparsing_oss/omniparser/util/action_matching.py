stub: upstream file of 15660 bytes
