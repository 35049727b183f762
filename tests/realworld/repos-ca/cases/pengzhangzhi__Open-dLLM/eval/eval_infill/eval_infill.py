stub: upstream file of 17391 bytes
