stub: upstream file of 14925 bytes
