stub: upstream file of 27234 bytes
