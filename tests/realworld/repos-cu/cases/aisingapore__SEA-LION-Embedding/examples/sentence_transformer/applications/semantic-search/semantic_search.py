stub: upstream file of 2928 bytes
