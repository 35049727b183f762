stub: upstream file of 16250 bytes
