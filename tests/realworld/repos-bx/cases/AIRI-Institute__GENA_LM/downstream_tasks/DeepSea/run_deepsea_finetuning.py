stub: upstream file of 10039 bytes
