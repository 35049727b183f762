stub: upstream file of 18266 bytes
