stub: upstream file of 9347 bytes
