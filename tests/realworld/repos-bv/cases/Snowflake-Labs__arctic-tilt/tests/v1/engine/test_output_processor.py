stub: upstream file of 39821 bytes
