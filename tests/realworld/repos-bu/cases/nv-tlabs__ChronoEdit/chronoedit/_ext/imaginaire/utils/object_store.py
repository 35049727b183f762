stub: upstream file of 19276 bytes
