stub: upstream file of 33423 bytes
