stub: upstream file of 38206 bytes
