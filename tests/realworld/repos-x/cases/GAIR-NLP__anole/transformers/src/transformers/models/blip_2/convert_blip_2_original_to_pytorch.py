stub: upstream file of 12276 bytes
