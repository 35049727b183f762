stub: upstream file of 7115 bytes
