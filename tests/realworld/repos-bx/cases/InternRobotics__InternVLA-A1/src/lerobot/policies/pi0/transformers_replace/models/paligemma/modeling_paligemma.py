stub: upstream file of 28062 bytes
