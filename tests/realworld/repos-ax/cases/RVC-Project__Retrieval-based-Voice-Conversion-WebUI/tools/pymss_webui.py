stub: upstream file of 39357 bytes
