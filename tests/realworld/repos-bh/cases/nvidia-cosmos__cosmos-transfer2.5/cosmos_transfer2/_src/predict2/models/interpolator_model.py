stub: upstream file of 20202 bytes
