stub: upstream file of 37284 bytes
