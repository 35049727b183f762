stub: upstream file of 10531 bytes
