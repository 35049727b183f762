stub: upstream file of 19249 bytes
