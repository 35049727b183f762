stub: upstream file of 18221 bytes
