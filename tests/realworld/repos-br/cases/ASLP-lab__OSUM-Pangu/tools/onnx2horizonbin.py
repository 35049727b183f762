stub: upstream file of 22597 bytes
