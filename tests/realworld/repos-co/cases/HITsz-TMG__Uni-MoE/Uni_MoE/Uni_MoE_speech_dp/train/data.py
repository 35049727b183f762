stub: upstream file of 20347 bytes
