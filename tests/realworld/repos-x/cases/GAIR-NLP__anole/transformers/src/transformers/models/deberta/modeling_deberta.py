stub: upstream file of 57941 bytes
