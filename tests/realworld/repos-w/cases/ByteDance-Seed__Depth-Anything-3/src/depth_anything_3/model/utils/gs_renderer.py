stub: upstream file of 12249 bytes
