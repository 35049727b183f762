stub: upstream file of 33023 bytes
