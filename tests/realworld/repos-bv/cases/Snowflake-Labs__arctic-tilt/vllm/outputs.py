stub: upstream file of 19616 bytes
