stub: upstream file of 17058 bytes
