stub: upstream file of 412 bytes
