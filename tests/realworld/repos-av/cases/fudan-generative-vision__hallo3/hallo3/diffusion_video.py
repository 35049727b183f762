stub: upstream file of 18065 bytes
