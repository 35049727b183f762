stub: upstream file of 25534 bytes
