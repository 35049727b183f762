stub: upstream file of 75028 bytes
