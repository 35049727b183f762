stub: upstream file of 85037 bytes
