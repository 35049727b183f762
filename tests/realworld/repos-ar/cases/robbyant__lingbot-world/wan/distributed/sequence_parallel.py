stub: upstream file of 21024 bytes
