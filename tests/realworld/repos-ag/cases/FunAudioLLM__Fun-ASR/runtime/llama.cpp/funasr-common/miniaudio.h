stub: upstream file of 4108168 bytes
