stub: upstream file of 15020 bytes
