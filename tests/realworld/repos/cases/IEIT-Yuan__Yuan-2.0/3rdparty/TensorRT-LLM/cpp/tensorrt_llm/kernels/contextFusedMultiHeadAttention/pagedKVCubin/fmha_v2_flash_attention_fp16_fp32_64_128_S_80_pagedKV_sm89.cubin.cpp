stub: upstream file of 744395 bytes
