stub: upstream file of 14375 bytes
