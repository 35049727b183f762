stub: upstream file of 47597 bytes
