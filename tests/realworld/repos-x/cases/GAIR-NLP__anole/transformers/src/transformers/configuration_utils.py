stub: upstream file of 57081 bytes
