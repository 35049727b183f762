stub: upstream file of 25947 bytes
