stub: upstream file of 5039 bytes
