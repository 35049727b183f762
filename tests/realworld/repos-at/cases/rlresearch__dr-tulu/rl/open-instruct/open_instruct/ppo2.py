stub: upstream file of 86192 bytes
