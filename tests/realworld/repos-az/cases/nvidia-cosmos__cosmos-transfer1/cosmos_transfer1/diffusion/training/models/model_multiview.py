stub: upstream file of 11670 bytes
