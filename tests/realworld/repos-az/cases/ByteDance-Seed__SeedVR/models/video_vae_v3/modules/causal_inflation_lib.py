stub: upstream file of 17857 bytes
