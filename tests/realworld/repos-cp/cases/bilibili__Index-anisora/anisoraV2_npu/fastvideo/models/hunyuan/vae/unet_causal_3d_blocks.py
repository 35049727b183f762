stub: upstream file of 29031 bytes
