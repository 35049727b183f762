stub: upstream file of 57945 bytes
