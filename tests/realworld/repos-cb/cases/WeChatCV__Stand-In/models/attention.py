stub: upstream file of 4338 bytes
