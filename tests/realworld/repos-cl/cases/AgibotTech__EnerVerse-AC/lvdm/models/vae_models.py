stub: upstream file of 33024 bytes
