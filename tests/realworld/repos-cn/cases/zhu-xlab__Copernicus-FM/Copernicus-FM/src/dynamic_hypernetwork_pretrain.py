stub: upstream file of 17978 bytes
