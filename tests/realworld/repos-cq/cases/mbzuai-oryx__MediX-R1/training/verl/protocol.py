stub: upstream file of 29146 bytes
