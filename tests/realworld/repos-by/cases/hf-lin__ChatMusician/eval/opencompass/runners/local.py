stub: upstream file of 5900 bytes
