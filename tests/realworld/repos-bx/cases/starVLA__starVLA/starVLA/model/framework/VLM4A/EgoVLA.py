stub: upstream file of 10512 bytes
