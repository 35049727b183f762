stub: upstream file of 14024 bytes
