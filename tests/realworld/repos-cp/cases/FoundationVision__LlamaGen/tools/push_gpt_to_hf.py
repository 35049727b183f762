stub: upstream file of 3342 bytes
