stub: upstream file of 21414 bytes
