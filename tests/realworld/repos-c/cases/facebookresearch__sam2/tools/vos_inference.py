stub: upstream file of 22397 bytes
