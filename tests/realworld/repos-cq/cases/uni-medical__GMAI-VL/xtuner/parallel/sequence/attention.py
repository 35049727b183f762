stub: upstream file of 5966 bytes
