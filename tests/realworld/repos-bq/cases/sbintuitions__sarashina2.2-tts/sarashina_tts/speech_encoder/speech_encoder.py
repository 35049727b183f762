stub: upstream file of 4249 bytes
