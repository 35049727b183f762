stub: upstream file of 40298 bytes
