stub: upstream file of 4065 bytes
