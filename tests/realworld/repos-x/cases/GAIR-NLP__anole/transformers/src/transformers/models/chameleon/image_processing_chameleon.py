stub: upstream file of 18108 bytes
