stub: upstream file of 64033 bytes
