stub: upstream file of 14058 bytes
