stub: upstream file of 46983 bytes
