stub: upstream file of 16342 bytes
