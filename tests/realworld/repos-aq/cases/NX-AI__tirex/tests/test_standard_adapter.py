stub: upstream file of 5508 bytes
