stub: upstream file of 35551 bytes
