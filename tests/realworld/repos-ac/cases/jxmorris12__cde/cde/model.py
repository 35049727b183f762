stub: upstream file of 27269 bytes
