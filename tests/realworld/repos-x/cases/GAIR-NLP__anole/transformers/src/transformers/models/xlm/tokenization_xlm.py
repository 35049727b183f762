stub: upstream file of 24447 bytes
