stub: upstream file of 16903 bytes
