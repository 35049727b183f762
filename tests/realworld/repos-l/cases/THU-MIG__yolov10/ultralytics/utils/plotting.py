stub: upstream file of 44705 bytes
