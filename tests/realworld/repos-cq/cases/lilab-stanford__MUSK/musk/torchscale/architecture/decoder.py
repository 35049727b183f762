stub: upstream file of 15948 bytes
