stub: upstream file of 37971 bytes
