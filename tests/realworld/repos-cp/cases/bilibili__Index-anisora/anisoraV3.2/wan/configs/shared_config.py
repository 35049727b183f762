stub: upstream file of 945 bytes
