stub: upstream file of 24963 bytes
