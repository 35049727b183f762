stub: upstream file of 5978 bytes
