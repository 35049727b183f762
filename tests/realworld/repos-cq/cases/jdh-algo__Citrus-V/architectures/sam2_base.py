stub: upstream file of 13135 bytes
