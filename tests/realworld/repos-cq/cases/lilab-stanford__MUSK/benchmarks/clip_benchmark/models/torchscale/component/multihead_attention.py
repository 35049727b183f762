stub: upstream file of 6403 bytes
