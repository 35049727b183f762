stub: upstream file of 19584 bytes
