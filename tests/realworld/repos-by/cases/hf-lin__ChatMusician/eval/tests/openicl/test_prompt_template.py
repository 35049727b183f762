stub: upstream file of 8286 bytes
