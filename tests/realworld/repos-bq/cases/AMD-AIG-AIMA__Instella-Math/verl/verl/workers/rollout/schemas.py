stub: upstream file of 10239 bytes
