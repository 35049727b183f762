stub: upstream file of 10391 bytes
