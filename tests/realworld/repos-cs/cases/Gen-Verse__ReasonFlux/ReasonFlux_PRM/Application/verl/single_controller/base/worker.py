stub: upstream file of 11193 bytes
