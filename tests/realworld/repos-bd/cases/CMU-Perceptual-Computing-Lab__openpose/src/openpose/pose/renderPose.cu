stub: upstream file of 46956 bytes
