stub: upstream file of 16046 bytes
