stub: upstream file of 61233 bytes
