stub: upstream file of 13602 bytes
