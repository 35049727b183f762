stub: upstream file of 10858 bytes
