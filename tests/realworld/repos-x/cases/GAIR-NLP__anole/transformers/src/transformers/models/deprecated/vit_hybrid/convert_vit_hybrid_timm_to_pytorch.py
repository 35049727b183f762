stub: upstream file of 13412 bytes
