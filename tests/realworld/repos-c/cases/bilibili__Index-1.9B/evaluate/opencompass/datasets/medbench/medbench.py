stub: upstream file of 21958 bytes
