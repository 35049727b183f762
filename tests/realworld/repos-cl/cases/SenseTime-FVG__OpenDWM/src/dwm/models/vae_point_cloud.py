stub: upstream file of 20039 bytes
