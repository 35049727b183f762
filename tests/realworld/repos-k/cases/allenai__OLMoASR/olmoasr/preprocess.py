stub: upstream file of 75335 bytes
