stub: upstream file of 16654 bytes
