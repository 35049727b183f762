stub: upstream file of 26963 bytes
