stub: upstream file of 25249 bytes
