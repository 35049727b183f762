stub: upstream file of 20987 bytes
