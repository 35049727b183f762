stub: upstream file of 22035 bytes
