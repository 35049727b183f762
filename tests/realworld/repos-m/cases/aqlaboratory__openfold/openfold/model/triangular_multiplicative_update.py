stub: upstream file of 22929 bytes
