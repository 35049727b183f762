stub: upstream file of 25383 bytes
