stub: upstream file of 8968 bytes
