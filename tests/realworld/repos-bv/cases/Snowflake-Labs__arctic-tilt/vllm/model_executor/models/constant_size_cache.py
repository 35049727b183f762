stub: upstream file of 5858 bytes
