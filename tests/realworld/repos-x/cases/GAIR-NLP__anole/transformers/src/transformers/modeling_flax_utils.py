stub: upstream file of 61485 bytes
