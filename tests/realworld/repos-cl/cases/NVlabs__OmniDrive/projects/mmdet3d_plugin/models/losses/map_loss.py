stub: upstream file of 17597 bytes
