stub: upstream file of 18083 bytes
