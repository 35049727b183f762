stub: upstream file of 18053 bytes
