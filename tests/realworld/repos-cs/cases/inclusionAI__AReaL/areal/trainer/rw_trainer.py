stub: upstream file of 17459 bytes
