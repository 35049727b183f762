stub: upstream file of 31751 bytes
