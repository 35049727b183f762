stub: upstream file of 54397 bytes
