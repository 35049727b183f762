stub: upstream file of 15213 bytes
