stub: upstream file of 17403 bytes
