stub: upstream file of 18409 bytes
