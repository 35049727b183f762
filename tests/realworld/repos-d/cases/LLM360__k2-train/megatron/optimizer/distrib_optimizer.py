stub: upstream file of 44243 bytes
