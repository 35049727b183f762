stub: upstream file of 36355 bytes
