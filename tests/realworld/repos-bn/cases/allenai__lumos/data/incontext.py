stub: upstream file of 49573 bytes
