stub: upstream file of 7397 bytes
