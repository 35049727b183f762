stub: upstream file of 10616 bytes
