stub: upstream file of 2386 bytes
