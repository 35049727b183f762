stub: upstream file of 34062 bytes
