stub: upstream file of 10185 bytes
