stub: upstream file of 39170 bytes
