stub: upstream file of 55775 bytes
