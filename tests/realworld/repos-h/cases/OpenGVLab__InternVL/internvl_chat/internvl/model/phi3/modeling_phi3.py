stub: upstream file of 74421 bytes
