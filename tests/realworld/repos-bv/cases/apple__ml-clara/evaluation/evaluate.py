stub: upstream file of 38465 bytes
