stub: upstream file of 34875 bytes
