stub: upstream file of 19045 bytes
