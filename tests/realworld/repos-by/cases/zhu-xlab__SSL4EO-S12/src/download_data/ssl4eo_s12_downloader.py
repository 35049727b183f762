stub: upstream file of 28939 bytes
