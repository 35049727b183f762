stub: upstream file of 24970 bytes
