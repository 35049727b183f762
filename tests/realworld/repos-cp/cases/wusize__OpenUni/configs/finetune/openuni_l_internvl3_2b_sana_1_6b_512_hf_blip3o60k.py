stub: upstream file of 3325 bytes
