stub: upstream file of 11491 bytes
