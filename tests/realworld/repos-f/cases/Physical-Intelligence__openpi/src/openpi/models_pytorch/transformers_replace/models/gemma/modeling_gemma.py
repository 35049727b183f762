stub: upstream file of 36392 bytes
