stub: upstream file of 204626 bytes
