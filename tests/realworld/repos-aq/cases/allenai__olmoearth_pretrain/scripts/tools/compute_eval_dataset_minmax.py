stub: upstream file of 12577 bytes
