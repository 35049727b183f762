stub: upstream file of 63276 bytes
