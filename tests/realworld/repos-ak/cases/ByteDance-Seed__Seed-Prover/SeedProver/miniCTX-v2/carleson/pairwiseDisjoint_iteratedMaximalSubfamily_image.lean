stub: upstream file of 30294 bytes
