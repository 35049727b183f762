stub: upstream file of 5184 bytes
