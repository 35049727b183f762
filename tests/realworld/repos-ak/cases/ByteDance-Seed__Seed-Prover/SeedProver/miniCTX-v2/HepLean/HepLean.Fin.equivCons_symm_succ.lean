stub: upstream file of 17411 bytes
