stub: upstream file of 5382 bytes
