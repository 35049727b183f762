stub: upstream file of 4907 bytes
