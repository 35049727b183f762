stub: upstream file of 48845 bytes
