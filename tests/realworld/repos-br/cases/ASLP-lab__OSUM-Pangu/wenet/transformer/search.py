stub: upstream file of 20166 bytes
