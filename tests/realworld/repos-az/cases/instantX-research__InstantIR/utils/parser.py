stub: upstream file of 15039 bytes
