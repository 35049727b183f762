stub: upstream file of 9024 bytes
