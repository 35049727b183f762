stub: upstream file of 7546 bytes
