stub: upstream file of 37120 bytes
