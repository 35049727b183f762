stub: upstream file of 20359 bytes
