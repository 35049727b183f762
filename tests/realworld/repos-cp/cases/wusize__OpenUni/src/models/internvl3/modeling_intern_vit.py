stub: upstream file of 18099 bytes
