stub: upstream file of 40964 bytes
