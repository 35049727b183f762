stub: upstream file of 11947 bytes
