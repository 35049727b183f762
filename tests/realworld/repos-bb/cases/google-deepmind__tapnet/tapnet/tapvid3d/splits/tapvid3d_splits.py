stub: upstream file of 330077 bytes
