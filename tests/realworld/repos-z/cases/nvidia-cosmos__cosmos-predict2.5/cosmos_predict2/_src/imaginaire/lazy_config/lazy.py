stub: upstream file of 17772 bytes
