stub: upstream file of 35420 bytes
