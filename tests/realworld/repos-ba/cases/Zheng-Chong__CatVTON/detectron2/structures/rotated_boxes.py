stub: upstream file of 19024 bytes
