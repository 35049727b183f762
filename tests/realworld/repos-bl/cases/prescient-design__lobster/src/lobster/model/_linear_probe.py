stub: upstream file of 9080 bytes
