stub: upstream file of 26559 bytes
