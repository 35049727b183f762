stub: upstream file of 49204 bytes
