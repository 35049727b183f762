stub: upstream file of 26947 bytes
