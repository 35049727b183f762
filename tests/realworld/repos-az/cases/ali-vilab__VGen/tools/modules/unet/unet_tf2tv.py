stub: upstream file of 39715 bytes
