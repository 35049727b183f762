stub: upstream file of 137206 bytes
