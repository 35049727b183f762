stub: upstream file of 72954 bytes
