stub: upstream file of 25443 bytes
