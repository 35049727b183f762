stub: upstream file of 20303 bytes
