stub: upstream file of 42443 bytes
