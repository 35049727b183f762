stub: upstream file of 3062 bytes
