stub: upstream file of 6515 bytes
