stub: upstream file of 22469 bytes
