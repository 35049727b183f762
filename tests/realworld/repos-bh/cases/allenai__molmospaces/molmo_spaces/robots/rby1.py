stub: upstream file of 18788 bytes
