stub: upstream file of 5515 bytes
