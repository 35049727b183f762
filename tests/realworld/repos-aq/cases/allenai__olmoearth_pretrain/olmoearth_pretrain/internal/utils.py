stub: upstream file of 8963 bytes
