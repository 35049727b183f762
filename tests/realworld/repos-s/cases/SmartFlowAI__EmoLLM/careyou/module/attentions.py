stub: upstream file of 23806 bytes
