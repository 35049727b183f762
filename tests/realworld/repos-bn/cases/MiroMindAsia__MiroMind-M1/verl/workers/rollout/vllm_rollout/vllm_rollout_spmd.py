stub: upstream file of 14283 bytes
