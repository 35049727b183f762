stub: upstream file of 5660 bytes
