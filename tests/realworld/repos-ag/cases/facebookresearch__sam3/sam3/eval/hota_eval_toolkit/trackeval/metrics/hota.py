stub: upstream file of 11861 bytes
