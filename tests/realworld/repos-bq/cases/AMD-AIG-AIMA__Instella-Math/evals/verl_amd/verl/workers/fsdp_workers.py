stub: upstream file of 61019 bytes
