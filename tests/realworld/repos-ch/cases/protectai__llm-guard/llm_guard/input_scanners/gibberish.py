stub: upstream file of 3515 bytes
