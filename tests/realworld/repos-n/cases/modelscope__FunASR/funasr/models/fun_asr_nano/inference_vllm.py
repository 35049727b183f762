stub: upstream file of 30813 bytes
