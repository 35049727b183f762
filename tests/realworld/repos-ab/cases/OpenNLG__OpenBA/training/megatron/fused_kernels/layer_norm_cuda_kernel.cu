stub: upstream file of 25183 bytes
