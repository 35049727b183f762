stub: upstream file of 38153 bytes
