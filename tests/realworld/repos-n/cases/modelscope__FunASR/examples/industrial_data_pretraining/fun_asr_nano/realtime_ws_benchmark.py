stub: upstream file of 13024 bytes
