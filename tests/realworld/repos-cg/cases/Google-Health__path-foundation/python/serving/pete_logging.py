stub: upstream file of 3276 bytes
