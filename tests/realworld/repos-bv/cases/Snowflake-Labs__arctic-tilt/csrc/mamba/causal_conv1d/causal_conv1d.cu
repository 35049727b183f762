stub: upstream file of 31498 bytes
