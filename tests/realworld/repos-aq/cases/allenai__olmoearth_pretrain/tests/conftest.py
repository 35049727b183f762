stub: upstream file of 17460 bytes
