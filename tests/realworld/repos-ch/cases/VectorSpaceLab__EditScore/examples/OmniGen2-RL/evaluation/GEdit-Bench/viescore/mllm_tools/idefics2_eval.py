stub: upstream file of 2193 bytes
