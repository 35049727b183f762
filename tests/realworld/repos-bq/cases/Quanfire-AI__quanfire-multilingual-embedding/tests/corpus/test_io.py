stub: upstream file of 17654 bytes
