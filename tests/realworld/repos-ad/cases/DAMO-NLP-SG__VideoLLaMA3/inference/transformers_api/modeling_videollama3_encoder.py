stub: upstream file of 21829 bytes
