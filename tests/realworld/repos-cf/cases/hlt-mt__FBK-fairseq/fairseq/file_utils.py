stub: upstream file of 11233 bytes
