stub: upstream file of 49935 bytes
