stub: upstream file of 38035 bytes
