stub: upstream file of 31168 bytes
