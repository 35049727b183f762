stub: upstream file of 62391 bytes
