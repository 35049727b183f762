stub: upstream file of 10376 bytes
