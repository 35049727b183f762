stub: upstream file of 19153 bytes
