stub: upstream file of 35790 bytes
