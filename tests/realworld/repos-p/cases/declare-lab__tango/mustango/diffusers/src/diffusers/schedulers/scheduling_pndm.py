stub: upstream file of 19355 bytes
