stub: upstream file of 102813 bytes
