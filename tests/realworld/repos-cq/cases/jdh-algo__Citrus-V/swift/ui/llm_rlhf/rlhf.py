stub: upstream file of 7801 bytes
