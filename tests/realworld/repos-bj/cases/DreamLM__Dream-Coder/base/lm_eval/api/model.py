stub: upstream file of 20135 bytes
