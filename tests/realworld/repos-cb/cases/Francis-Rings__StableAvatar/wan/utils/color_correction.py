stub: upstream file of 5213 bytes
