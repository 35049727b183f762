stub: upstream file of 20165 bytes
