stub: upstream file of 18790 bytes
