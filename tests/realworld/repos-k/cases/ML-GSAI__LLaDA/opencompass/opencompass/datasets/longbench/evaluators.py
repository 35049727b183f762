stub: upstream file of 9597 bytes
