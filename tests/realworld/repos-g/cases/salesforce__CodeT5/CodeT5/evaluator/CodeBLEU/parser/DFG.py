stub: upstream file of 52301 bytes
