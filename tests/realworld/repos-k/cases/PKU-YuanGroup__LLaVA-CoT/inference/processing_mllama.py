stub: upstream file of 15978 bytes
