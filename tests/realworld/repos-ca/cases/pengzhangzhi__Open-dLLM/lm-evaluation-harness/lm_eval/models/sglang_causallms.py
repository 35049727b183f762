stub: upstream file of 21005 bytes
