stub: upstream file of 15408 bytes
