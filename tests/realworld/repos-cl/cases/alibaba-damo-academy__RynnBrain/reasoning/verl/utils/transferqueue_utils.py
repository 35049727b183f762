stub: upstream file of 7602 bytes
