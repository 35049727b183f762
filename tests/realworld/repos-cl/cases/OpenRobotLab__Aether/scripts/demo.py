stub: upstream file of 22565 bytes
