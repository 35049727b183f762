stub: upstream file of 7520 bytes
