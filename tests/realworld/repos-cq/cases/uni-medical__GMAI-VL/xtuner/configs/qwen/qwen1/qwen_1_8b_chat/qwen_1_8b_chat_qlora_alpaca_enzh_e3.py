stub: upstream file of 7974 bytes
