stub: upstream file of 21963 bytes
