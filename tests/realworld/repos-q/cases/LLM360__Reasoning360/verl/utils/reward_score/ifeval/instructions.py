stub: upstream file of 57039 bytes
