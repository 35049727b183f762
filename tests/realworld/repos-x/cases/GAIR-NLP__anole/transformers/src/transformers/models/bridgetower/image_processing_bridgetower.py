stub: upstream file of 26821 bytes
