stub: upstream file of 22945 bytes
