stub: upstream file of 17936 bytes
