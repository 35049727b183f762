stub: upstream file of 8795 bytes
