stub: upstream file of 10828 bytes
