stub: upstream file of 24945 bytes
