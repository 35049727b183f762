stub: upstream file of 6632 bytes
