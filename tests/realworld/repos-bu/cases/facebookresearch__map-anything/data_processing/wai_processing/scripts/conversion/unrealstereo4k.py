stub: upstream file of 8039 bytes
