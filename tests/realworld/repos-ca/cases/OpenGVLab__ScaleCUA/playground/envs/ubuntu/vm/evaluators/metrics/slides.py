stub: upstream file of 26024 bytes
