stub: upstream file of 30333 bytes
