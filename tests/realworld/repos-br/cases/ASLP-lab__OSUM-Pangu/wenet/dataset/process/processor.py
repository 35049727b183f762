stub: upstream file of 82503 bytes
