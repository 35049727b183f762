stub: upstream file of 20062 bytes
