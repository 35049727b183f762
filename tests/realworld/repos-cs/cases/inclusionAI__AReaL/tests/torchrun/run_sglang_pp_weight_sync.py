stub: upstream file of 18620 bytes
