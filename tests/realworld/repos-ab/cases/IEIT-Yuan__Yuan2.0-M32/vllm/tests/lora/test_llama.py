stub: upstream file of 10342 bytes
