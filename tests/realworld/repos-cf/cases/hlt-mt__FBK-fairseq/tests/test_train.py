stub: upstream file of 9204 bytes
