stub: upstream file of 21026 bytes
