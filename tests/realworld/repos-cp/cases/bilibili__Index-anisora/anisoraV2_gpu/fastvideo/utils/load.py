stub: upstream file of 17347 bytes
