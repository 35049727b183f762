stub: upstream file of 48705 bytes
