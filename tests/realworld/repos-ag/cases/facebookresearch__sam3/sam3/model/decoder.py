stub: upstream file of 36684 bytes
