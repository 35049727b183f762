stub: upstream file of 10249 bytes
