stub: upstream file of 21397 bytes
