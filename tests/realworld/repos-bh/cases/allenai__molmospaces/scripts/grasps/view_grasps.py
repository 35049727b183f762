stub: upstream file of 29947 bytes
