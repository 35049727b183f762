stub: upstream file of 22619 bytes
