stub: upstream file of 17701 bytes
