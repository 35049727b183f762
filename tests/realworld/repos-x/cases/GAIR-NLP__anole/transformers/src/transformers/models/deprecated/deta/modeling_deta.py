stub: upstream file of 135671 bytes
