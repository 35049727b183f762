stub: upstream file of 9553 bytes
