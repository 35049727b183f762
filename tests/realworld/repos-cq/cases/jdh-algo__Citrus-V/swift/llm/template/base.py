stub: upstream file of 85954 bytes
